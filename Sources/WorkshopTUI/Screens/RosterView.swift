import WorkshopModel

/// The people on the roster: participants with their group, then moderator and presenters.
enum RosterView {
    static func render(_ app: ConsoleApp, at now: Instant, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        let s = app.strings
        let people = app.session.activePeople
        let participants = people.filter { $0.role == .participant }
        Draw.heading("\(s.roster) (\(participants.count))", in: rect, into: &buffer)
        let ordered = participants + people.filter { $0.role != .participant }
        // Talk time per person, so the moderator sees who has not had the floor yet.
        var talk: [PersonID: Double] = [:]
        for entry in app.session.participation(at: now).perPerson { talk[entry.person] = entry.seconds }
        let list = rect.take(top: 1).rest
        if ordered.isEmpty {
            Draw.wrapped(s.addPeopleHint, in: list, style: Palette.dim, into: &buffer)
            return
        }
        for (i, person) in ordered.prefix(list.height).enumerated() {
            let row = list.row(i)
            if i == list.height - 1, ordered.count > list.height {
                buffer.put(s.more(ordered.count - i), in: row, style: Palette.dim)
                break
            }
            let note = person.role == .participant ? person.group : s.role(person.role)
            let style = person.role == .participant ? Palette.plain : Palette.dim
            let time = talk[person.id].map { " " + TimeText.duration($0) } ?? ""
            let (timeArea, nameArea) = row.take(right: DisplayWidth.of(time))
            buffer.put(time, in: timeArea, style: Palette.title)
            var x = nameArea.x
            x += buffer.put(DisplayWidth.truncate(person.name, to: nameArea.width), x: x, y: row.y, style: style,
                            maxWidth: nameArea.width)
            if let note, nameArea.maxX - x > 4 {
                buffer.put(DisplayWidth.truncate(" · " + note, to: nameArea.maxX - x), x: x, y: row.y, style: Palette.dim,
                           maxWidth: nameArea.maxX - x)
            }
        }
    }
}
