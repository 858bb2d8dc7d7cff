import Foundation
import WorkshopModel

/// The HTML of the participants' pages: joining, and whatever the moderator has opened.
///
/// Plain forms that work without JavaScript; every piece of text goes through `HTML.escape`.
struct ParticipantPage {
    let snapshot: RoomSnapshot
    var words: PageWords { PageWords.of(snapshot.language) }

    /// The whole page around `main`, with the live region that announces changes outside it.
    func document(title: String, main: String, version: Int? = nil) -> String {
        // The script reads its words from here, so it speaks the session's language too.
        let versionAttribute = version.map {
            " data-version=\"\($0)\" data-new-question=\"\(HTML.escape(words.newQuestion))\""
                + " data-moved-on=\"\(HTML.escape(words.movedOn))\" data-offline=\"\(HTML.escape(words.offline))\""
        } ?? ""
        return """
        <!doctype html>
        <html lang="\(snapshot.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(HTML.escape(title)) · \(HTML.escape(snapshot.workshopTitle))</title>
        <link rel="stylesheet" href="/style.css">
        <script src="/app.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#content">\(words.skipToContent)</a>
        <header>
        <p class="workshop">\(HTML.escape(snapshot.workshopTitle))</p>
        \(snapshot.blockTitle.map { "<p class=\"block\">\(HTML.escape($0))</p>" } ?? "")
        </header>
        <div id="live" class="live" role="status" aria-live="polite"></div>
        <main id="content" tabindex="-1"\(versionAttribute)>
        \(main)
        </main>
        <footer><p>\(words.privacy)</p></footer>
        </body>
        </html>

        """
    }

    /// The page that asks for the join code.
    func join(problem: String?, typed: String = "") -> String {
        let problemHTML = problem.map { "<p class=\"problem\" id=\"problem\" role=\"alert\">\(HTML.escape($0))</p>" } ?? ""
        let described = problem == nil ? "" : " aria-describedby=\"problem\" aria-invalid=\"true\""
        let main = """
        <h1>\(words.joinTitle)</h1>
        <p>\(words.joinLead)</p>
        \(problemHTML)
        <form method="post" action="/join" class="join">
        <label for="code">\(words.joinCodeLabel)</label>
        <input id="code" name="code" value="\(HTML.escape(typed))" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" required\(described)>
        <button type="submit">\(words.joinButton)</button>
        </form>
        """
        return document(title: words.joinTitle, main: main)
    }

    /// The room page: the open question with its form, or a poll's result, or a word to wait.
    func room(device: DeviceMemory, flash: String?, problem: String?) -> String {
        document(title: title, main: content(device: device, flash: flash, problem: problem), version: snapshot.version)
    }

    /// What the page's title bar says.
    var title: String {
        switch snapshot.opening {
        case .nothing: return words.waitTitle
        case .ended: return words.endedTitle
        case .poll(let open): return open.poll.question
        case .round(let round): return round.question
        }
    }

    /// The inside of `<main>`, also served alone so the script can swap it in when the moderator moves on.
    func content(device: DeviceMemory, flash: String?, problem: String?) -> String {
        var html = ""
        if let problem { html += "<p class=\"problem\" role=\"alert\">\(HTML.escape(problem))</p>\n" }
        if let flash { html += "<p class=\"flash\">\(HTML.escape(flash))</p>\n" }
        switch snapshot.opening {
        case .nothing:
            html += "<h1>\(words.waitTitle)</h1>\n<p>\(words.waitLead)</p>\n"
        case .ended:
            html += "<h1>\(words.endedTitle)</h1>\n<p>\(words.endedLead)</p>\n"
        case .round(let round):
            html += roundForm(round, device: device)
        case .poll(let open):
            html += "<h1 id=\"question\">\(HTML.escape(open.poll.question))</h1>\n"
            if open.isOpen {
                html += pollForm(open.poll, previous: device.votes[open.poll.id])
            } else {
                html += "<p>\(words.pollClosed)</p>\n"
            }
            if let tally = open.tally {
                html += results(tally)
            } else if !open.isOpen {
                html += "<p>\(words.resultsHidden)</p>\n"
            }
        }
        return html
    }

    private func roundForm(_ round: OpenRound, device: DeviceMemory) -> String {
        """
        <h1 id="question">\(HTML.escape(round.question))</h1>
        <form method="post" action="/answer" class="answer" data-keep="text">
        <input type="hidden" name="block" value="\(HTML.escape(round.block))">
        <label for="text">\(words.answerLabel)</label>
        <textarea id="text" name="text" rows="5" maxlength="4000" required aria-describedby="text-hint"></textarea>
        <p class="hint" id="text-hint">\(words.answerHint)</p>
        <details>
        <summary>\(words.nameLegend)</summary>
        <fieldset>
        <legend>\(words.nameLegend)</legend>
        <p class="hint">\(words.anonymousNote)</p>
        <label for="name">\(words.nameLabel)</label>
        <input id="name" name="name" maxlength="100" autocomplete="name" value="\(HTML.escape(device.name ?? ""))">
        <label for="group">\(words.groupLabel)</label>
        <input id="group" name="group" maxlength="100" autocomplete="organization" value="\(HTML.escape(device.group ?? ""))">
        </fieldset>
        </details>
        <button type="submit">\(words.send)</button>
        </form>

        """
    }

    private func pollForm(_ poll: Poll, previous: Choice?) -> String {
        let id = HTML.escape(poll.id)
        var fields = ""
        var hint = words.anonymousVote
        switch poll.kind {
        case .scale:
            let chosen: Int? = if case .scale(let v) = previous { v } else { nil }
            fields = poll.scaleValues.map { value in
                let label = poll.labels[value].map { " <span class=\"label\">\(HTML.escape($0))</span>" } ?? ""
                return choiceInput("radio", value: "\(value)", index: value, checked: chosen == value,
                                   text: "<span class=\"value\">\(value)</span>\(label)")
            }.joined()
        case .single:
            let chosen: Int? = if case .option(let i) = previous { i } else { nil }
            fields = poll.options.enumerated().map { i, option in
                choiceInput("radio", value: "\(i)", index: i, checked: chosen == i, text: HTML.escape(option))
            }.joined()
        case .multi:
            let chosen: Set<Int> = if case .options(let list) = previous { Set(list) } else { [] }
            hint = words.multiHint(poll.maxChoices) + " " + hint
            fields = poll.options.enumerated().map { i, option in
                choiceInput("checkbox", value: "\(i)", index: i, checked: chosen.contains(i), text: HTML.escape(option))
            }.joined()
        case .ranking:
            let order: [Int] = if case .ranking(let list) = previous { list } else { [] }
            hint = words.rankingHint + " " + hint
            fields = poll.options.enumerated().map { i, option in
                let place = order.firstIndex(of: i).map { $0 + 1 }
                let choices = (1...poll.options.count).map { p in
                    "<option value=\"\(p)\"\(place == p ? " selected" : "")>\(words.rankPlace(p))</option>"
                }.joined()
                return """
                <div class="rank"><label for="rank-\(i)">\(HTML.escape(option))</label>
                <select id="rank-\(i)" name="rank-\(i)"><option value="">\(words.rankNone)</option>\(choices)</select></div>

                """
            }.joined()
        case .trafficLight:
            let chosen: TrafficLight? = if case .light(let l) = previous { l } else { nil }
            fields = TrafficLight.allCases.map { light in
                choiceInput("radio", value: "\(light)", index: light.rawValue, checked: chosen == light,
                            text: words.light(light), extraClass: " light \(light)")
            }.joined()
        case .open:
            let text: String = if case .text(let t) = previous { t } else { "" }
            fields = """
            <label for="text">\(words.answerLabel)</label>
            <textarea id="text" name="text" rows="4" maxlength="4000" required>\(HTML.escape(text))</textarea>

            """
        }
        let kindClass = poll.kind.rawValue
        return """
        <form method="post" action="/vote" class="poll \(kindClass)"\(poll.kind == .open ? " data-keep=\"text\"" : "")>
        <input type="hidden" name="poll" value="\(id)">
        <fieldset aria-describedby="poll-hint">
        <legend class="visually-hidden">\(HTML.escape(poll.question))</legend>
        <p class="hint" id="poll-hint">\(HTML.escape(hint))</p>
        \(fields)
        </fieldset>
        \(previous == nil ? "" : "<p class=\"flash\">\(words.yourVote)</p>")
        <button type="submit">\(previous == nil ? words.send : words.changeVote)</button>
        </form>

        """
    }

    private func choiceInput(_ type: String, value: String, index: Int, checked: Bool, text: String,
                             extraClass: String = "") -> String {
        let id = "choice-\(index)"
        return """
        <div class="choice\(extraClass)"><input type="\(type)" id="\(id)" name="choice" value="\(value)"\(checked ? " checked" : "")><label for="\(id)">\(text)</label></div>

        """
    }

    private func results(_ tally: Tally) -> String {
        var html = "<section class=\"results\" aria-labelledby=\"results-title\">\n<h2 id=\"results-title\">\(words.results)</h2>\n"
        html += "<p>\(words.voters(tally.voters))</p>\n"
        if tally.poll.kind == .open {
            html += "<ul class=\"texts\">" + tally.texts.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n"
        } else {
            let widest = max(1, tally.rows.map { tally.poll.kind == .ranking ? ($0.points ?? 0) : $0.count }.max() ?? 1)
            html += "<ul class=\"bars\">\n"
            for row in tally.rows {
                let label = tally.poll.kind == .trafficLight
                    ? (TrafficLight(rawValue: row.value).map(words.light) ?? row.label) : row.label
                let amount = tally.poll.kind == .ranking ? (row.points ?? 0) : row.count
                let figure = tally.poll.kind == .ranking
                    ? "\(amount) \(words.points)"
                    : "\(row.count) · \(Int(row.percent.rounded()))%"
                let width = Int((Double(amount) * 100 / Double(widest)).rounded())
                html += """
                <li><span class="bar-label">\(HTML.escape(label))</span> <span class="bar-figure">\(figure)</span>\
                <span class="bar" aria-hidden="true"><span class="fill w\(width)"></span></span></li>

                """
            }
            html += "</ul>\n"
            if let mean = tally.mean {
                html += "<p>\(words.mean): \(String(format: "%.1f", mean))</p>\n"
            }
        }
        return html + "</section>\n"
    }
}
