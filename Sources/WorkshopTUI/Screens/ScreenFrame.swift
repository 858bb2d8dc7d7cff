import WorkshopModel

/// What every screen shares: the tabs and the wall clock on the top row, the status line at the bottom.
enum ScreenFrame {
    /// Draws the frame into a blank buffer and hands the rows in between to `body` — unless the top row
    /// and the body drawn last are still what it would draw (`BodyCache`).
    static func render(
        _ app: ConsoleApp, into buffer: inout ScreenBuffer, at now: Instant,
        body: (ConsoleApp, Rect, inout ScreenBuffer) -> Void
    ) {
        let bounds = buffer.bounds
        guard bounds.height >= 3, bounds.width >= 10 else { return }
        let (top, rest) = bounds.take(top: 1)
        let (bottom, middle) = rest.take(bottom: 1)
        let key = app.bodyKey(width: bounds.width, height: bounds.height, at: now)
        if let kept = app.bodyCache.frame(for: key) {
            buffer = kept
            buffer.fill(bottom, style: .plain)
            status(app, in: bottom, into: &buffer)
        } else {
            // The top row is part of what is kept: its tabs and its HH:MM follow from the same key.
            header(app, in: top, into: &buffer, at: now)
            body(app, middle.inset(left: 1, right: 1), &buffer)
            status(app, in: bottom, into: &buffer)
            // Kept whole, so this frame is not copied; a frame drawn from it blanks the bottom row first.
            app.bodyCache.keep(buffer, for: key)
        }
    }

    /// The tabs, as many as fit (with their F-keys when there is room), and the wall clock on the right.
    private static func header(_ app: ConsoleApp, in rect: Rect, into buffer: inout ScreenBuffer, at now: Instant) {
        let clock = TimeText.clock(now.wall, in: app.session.timeZone, seconds: false)
        let (clockArea, tabsArea) = rect.take(right: DisplayWidth.of(clock) + 1)
        buffer.put(clock, in: clockArea, style: Palette.title)
        let strings = app.strings
        let screens = ScreenKind.allCases
        let withKeys = screens.map { " F\($0.functionKey) \(strings.tab($0)) " }
        let plain = screens.map { " \(strings.tab($0)) " }
        let room = tabsArea.width - 1
        let labels: [String]
        if withKeys.reduce(0, { $0 + DisplayWidth.of($1) }) <= room {
            labels = withKeys
        } else if plain.reduce(0, { $0 + DisplayWidth.of($1) }) <= room {
            labels = plain
        } else {
            // Too narrow for all tabs: only the shown one, with where it stands among the others.
            let label = " \(app.screen.functionKey)/\(screens.count) \(strings.tab(app.screen)) "
            buffer.put(label, in: tabsArea, style: Palette.activeTab)
            return
        }
        var x = tabsArea.x
        for (screen, label) in zip(screens, labels) {
            let style = screen == app.screen ? Palette.activeTab : Palette.dim
            x += buffer.put(label, x: x, y: rect.y, style: style, maxWidth: tabsArea.maxX - x)
        }
    }

    /// The last message, the open prompt, or the keys that matter most right now.
    private static func status(_ app: ConsoleApp, in rect: Rect, into buffer: inout ScreenBuffer) {
        let area = rect.inset(left: 1, right: 1)
        if let message = app.message {
            let text = message.isWarning ? "! " + message.text : message.text
            buffer.put(DisplayWidth.truncate(text, to: area.width), in: area,
                       style: message.isWarning ? Palette.warning : Palette.confirmation)
            return
        }
        var text = hint(app)
        // While phones may join, the key for the join panel, where it fits.
        if app.screen == .console, app.prompt == nil, app.room?.isOpen == true,
           DisplayWidth.of(text) + DisplayWidth.of(app.strings.roomHint) + 3 <= area.width {
            text += " · " + app.strings.roomHint
        }
        buffer.put(DisplayWidth.truncate(text, to: area.width), in: area, style: Palette.dim)
    }

    /// The keys worth knowing on the screen shown, in its state.
    private static func hint(_ app: ConsoleApp) -> String {
        let s = app.strings
        if case .pickSpeaker = app.prompt { return s.pickerHelp }
        switch app.screen {
        case .notes:
            if app.notes.renamePicker != nil { return s.pickerHelp }
            if let composer = app.notes.composer {
                if case .picking = composer.stage { return s.pickerHelp }
                return s.editorHelp
            }
            if app.notes.form != nil { return s.formHelp }
        case .poll:
            if app.poll.form != nil { return s.formHelp }
        default:
            break
        }
        return s.hints(app.screen)
    }
}
