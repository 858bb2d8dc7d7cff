import Foundation
import Testing
import WorkshopMinutes
import WorkshopModel

/// Hostile text never comes out as markup, escape sequences or control characters, in any format.
@Suite struct MinutesSafetyTests {
    let minutes = Minutes(session: HostileEvening.session())

    /// Every start tag of the HTML with its name and attribute names; an unquoted value is reported as an
    /// attribute named "unquoted".
    static func tags(in html: String) -> [(name: String, attributes: [String])] {
        var found: [(String, [String])] = []
        let characters = Array(html)
        var index = 0
        while index < characters.count {
            guard characters[index] == "<" else {
                index += 1
                continue
            }
            index += 1
            guard index < characters.count, characters[index].isLetter else { continue }
            var name = ""
            while index < characters.count, characters[index].isLetter || characters[index].isNumber {
                name.append(characters[index])
                index += 1
            }
            var attributes: [String] = []
            while index < characters.count, characters[index] != ">" {
                if characters[index] == " " || characters[index] == "/" {
                    index += 1
                    continue
                }
                var attribute = ""
                while index < characters.count, !" =>".contains(characters[index]) {
                    attribute.append(characters[index])
                    index += 1
                }
                if index < characters.count, characters[index] == "=" {
                    index += 1
                    guard index < characters.count, characters[index] == "\"" else {
                        attributes.append("unquoted")
                        continue
                    }
                    index += 1
                    while index < characters.count, characters[index] != "\"" { index += 1 }
                    index += 1
                }
                attributes.append(attribute)
            }
            found.append((name, attributes))
        }
        return found
    }

    @Test func htmlHasOnlyItsOwnElementsAndAttributes() {
        let html = HTMLMinutes.render(minutes)
        let elements: Set<String> = ["html", "head", "meta", "title", "style", "body", "header", "p", "h1", "dl", "dt",
                                     "dd", "main", "section", "h2", "h3", "h4", "span", "table", "thead", "tbody", "tr",
                                     "th", "td", "ul", "li", "strong", "svg", "rect", "footer"]
        let attributes: Set<String> = ["lang", "charset", "http-equiv", "content", "name", "class", "width", "height",
                                       "viewBox", "aria-hidden", "x", "y"]
        let tags = Self.tags(in: html)
        #expect(tags.count > 50)
        for tag in tags {
            #expect(elements.contains(tag.name), "unexpected element <\(tag.name)>")
            for attribute in tag.attributes {
                #expect(attributes.contains(attribute), "unexpected attribute \(attribute) on <\(tag.name)>")
            }
        }
    }

    @Test func htmlShowsTheHostileTextAsText() {
        let html = HTMLMinutes.render(minutes)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("Antwoord &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("Eva &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;svg onload=alert(1)&gt;"))
        #expect(!html.contains("http://") || html.contains("HYPERLINK(&quot;http://x&quot;)"))
        #expect(!html.contains("href") && !html.contains("src=\"") && !html.contains("url("))
    }

    @Test func markdownEscapesMarkup() {
        let markdown = MarkdownMinutes.render(minutes)
        for (index, character) in markdown.enumerated() where character == "<" {
            let before = markdown[markdown.index(markdown.startIndex, offsetBy: index - 1)]
            #expect(before == "\\", "a bare < at \(index)")
        }
        #expect(markdown.contains("Antwoord \\<script>alert('x')\\</script>"))
    }

    @Test func noControlCharactersInAnyFormat() throws {
        var outputs: [(String, String)] = [
            ("markdown", MarkdownMinutes.render(minutes)), ("html", HTMLMinutes.render(minutes)),
            ("json", String(decoding: JSONMinutes.render(minutes), as: UTF8.self)),
        ]
        for file in CSVMinutes.files(minutes) + CSVMinutes.files(minutes, excel: true) {
            outputs.append((file.name, String(decoding: file.data, as: UTF8.self).replacing("\r\n", with: "\n")))
        }
        for (name, text) in outputs {
            let bad = text.unicodeScalars.filter { scalar in
                let v = scalar.value
                return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                    || (0x2066...0x2069).contains(v)
            }
            #expect(bad.isEmpty, "\(name) holds control characters \(bad.map { String($0.value, radix: 16) })")
            #expect(!text.contains("\\u001b") && !text.contains("[31m") && !text.contains("[2J"), "\(name) holds an escape sequence")
        }
        let markdown = outputs[0].1
        #expect(markdown.contains("met een tweede regel rood"))
        #expect(markdown.contains("Rik Smet"))
        #expect(markdown.contains("Optie gewoon"))
        #expect(markdown.contains("Open \\\"\\>\\<img") == false)
    }

    @Test func phoneTokensNeverAppear() throws {
        let texts = [MarkdownMinutes.render(minutes), HTMLMinutes.render(minutes),
                     String(decoding: JSONMinutes.render(minutes), as: UTF8.self)]
            + CSVMinutes.files(minutes).map { String(decoding: $0.data, as: UTF8.self) }
        for text in texts { #expect(!text.contains("geheim-token")) }
        #expect(texts[0].contains("Telefoon 1"))
    }

    @Test func excelCellsDoNotStartFormulas() throws {
        let votes = try #require(CSVMinutes.files(minutes, excel: true).first { $0.name == "votes.csv" })
        let text = String(decoding: votes.data, as: UTF8.self)
        #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        let plain = try #require(CSVMinutes.files(minutes).first { $0.name == "votes.csv" })
        #expect(String(decoding: plain.data, as: UTF8.self).contains("\"=HYPERLINK(\"\"http://x\"\")\""))
    }
}
