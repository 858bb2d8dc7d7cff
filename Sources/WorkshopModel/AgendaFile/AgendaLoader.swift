import Foundation
import Yams

/// Reads agenda files: size, encoding, YAML syntax, then every rule of the format, collecting all problems.
public enum AgendaLoader {
    /// The largest agenda file accepted: 1 MiB. Real agendas are a few kilobytes.
    public static let maximumFileSize = 1_048_576

    /// Loads and validates the agenda file at `path`; the diagnostics name the file as `path` is written.
    public static func load(path: String) -> AgendaLoadResult {
        var log = DiagnosticLog(file: path)
        guard let bytes = readBytes(path: path, log: &log) else {
            return AgendaLoadResult(agenda: nil, diagnostics: log.sorted)
        }
        guard let text = decode(bytes, log: &log) else {
            return AgendaLoadResult(agenda: nil, diagnostics: log.sorted)
        }
        return parse(text: text, file: path)
    }

    /// Validates agenda text; `file` is only used to name the diagnostics.
    public static func parse(text: String, file: String) -> AgendaLoadResult {
        var log = DiagnosticLog(file: file)
        let size = text.utf8.count
        guard size <= maximumFileSize else {
            log.error(tooLarge(size), line: 1, column: 1)
            return AgendaLoadResult(agenda: nil, diagnostics: log.sorted)
        }
        let agenda = read(text, log: &log)
        return AgendaLoadResult(agenda: log.hasErrors ? nil : agenda, diagnostics: log.sorted)
    }

    // MARK: Bytes

    /// The file's bytes, read no further than one byte past the limit (so `/dev/zero` cannot hang us).
    static func readBytes(path: String, log: inout DiagnosticLog) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            log.error("cannot open the file: it does not exist; check the path", line: 1, column: 1)
            return nil
        }
        guard !isDirectory.boolValue else {
            log.error("this is a folder, not an agenda file; name a .yaml file inside it", line: 1, column: 1)
            return nil
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > maximumFileSize {
            log.error(tooLarge(size.intValue), line: 1, column: 1)
            return nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            log.error("cannot read the file; check that you may read it", line: 1, column: 1)
            return nil
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            log.error("cannot read the file: \(error.localizedDescription)", line: 1, column: 1)
            return nil
        }
        guard data.count <= maximumFileSize else {
            log.error(tooLarge(nil), line: 1, column: 1)
            return nil
        }
        return [UInt8](data)
    }

    /// The text of UTF-8 bytes (a UTF-8 byte-order mark is dropped); nil, with the place of the first bad
    /// byte, when they are not UTF-8.
    static func decode(_ bytes: [UInt8], log: inout DiagnosticLog) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            log.error("the file is UTF-16, not UTF-8; save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8)", line: 1, column: 1)
            return nil
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let offset = SourceText.firstInvalidUTF8Offset(body) {
            let position = SourceText.position(ofByte: offset, in: body)
            let byte = String(body[offset], radix: 16, uppercase: true)
            let shown = byte.count == 1 ? "0" + byte : byte
            log.error("the file is not UTF-8: byte 0x\(shown) at byte offset \(offset + bytes.count - body.count) cannot be read; save the file as UTF-8 (it may be Latin-1 or Windows-1252)", line: position.line, column: position.column)
            return nil
        }
        return String(decoding: body, as: UTF8.self)
    }

    static func tooLarge(_ size: Int?) -> String {
        let actual = size.map { "the file is \($0) bytes, but " } ?? "the file is larger than 1 MiB, but "
        return actual + "agenda files may be at most 1 MiB (\(maximumFileSize) bytes); is this really an agenda?"
    }

    // MARK: YAML

    /// Parses and reads the text; anchors and aliases are refused before anything walks the tree.
    static func read(_ text: String, log: inout DiagnosticLog) -> Agenda? {
        let aliasKeys = AnchorGuard.aliasKeys(in: text)
        guard aliasKeys.isEmpty else {
            for position in aliasKeys {
                log.error(AnchorGuard.message + "; write the key out in full", line: position.line, column: position.column)
            }
            return nil
        }
        // The parser must outlive the walk: Yams holds anchors weakly, and they vanish with it.
        let parser: Parser
        let root: Node?
        do {
            // No implicit typing: the reader looks at each scalar's text itself, and the default resolver's
            // regular expressions (run while Yams hashes mapping keys) would be most of the time spent.
            parser = try Parser(yaml: text, resolver: .basic)
            root = try parser.singleRoot()
        } catch {
            report(error, text: text, log: &log)
            return nil
        }
        return withExtendedLifetime(parser) { () -> Agenda? in
            guard let root else {
                log.error("the file is empty; an agenda needs at least `title:` and `blocks:` (see docs/agenda-format.md)", line: 1, column: 1)
                return nil
            }
            let anchors = AnchorGuard.anchorsAndAliases(in: root, text: text)
            guard anchors.isEmpty else {
                let sorted = anchors.sorted { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }
                for anchor in sorted.prefix(AnchorGuard.reportLimit) {
                    log.error(AnchorGuard.message + " (found `\(anchor.name)`); write the value out in full where it is needed", line: anchor.position.line, column: anchor.position.column)
                }
                if sorted.count > AnchorGuard.reportLimit, let last = sorted.last {
                    log.error("\(sorted.count - AnchorGuard.reportLimit) more anchors and aliases in this file; remove them all", line: last.position.line, column: last.position.column)
                }
                return nil
            }
            var reader = AgendaFileReader(log: log)
            let agenda = reader.readAgenda(root)
            log = reader.log
            return agenda
        }
    }

    /// Turns a Yams error into a diagnostic with its line and column and a hint at the usual cause.
    static func report(_ error: Error, text: String, log: inout DiagnosticLog) {
        guard let yamlError = error as? YamlError else {
            log.error("cannot read the YAML: \(error)", line: 1, column: 1)
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.contains("undefined alias") {
                log.error(AnchorGuard.message + "; write the value out in full", at: mark)
                return
            }
            var message = "YAML syntax error: \(problem)"
            if let context, context.mark.line != mark.line || context.mark.column != mark.column {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            message += syntaxHint(problem: problem, line: SourceText.line(mark.line, of: text))
            log.error(message, at: mark)
        case .reader(let problem, let offset, _, _):
            let position = SourceText.position(ofCharacter: offset ?? 0, in: text)
            log.error("the file contains a character YAML does not allow (\(problem)); remove it or retype the text around it", line: position.line, column: position.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let place = secondOccurrence(of: key, after: context.mark, in: text)
            log.error("`\(key)` is given twice in the same place; keep only one", line: place.line, column: place.column)
        default:
            log.error("cannot read the YAML: \(yamlError)", line: 1, column: 1)
        }
    }

    /// What usually causes a libyaml complaint, said so a person with a text editor can fix it.
    static func syntaxHint(problem: String, line: Substring) -> String {
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        if indentation.contains("\t") || problem.contains("tab") {
            return "; indent with spaces, not tabs"
        }
        if problem.contains("mapping values are not allowed") {
            return "; text that contains `: ` must be in quotes, e.g. `title: \"Debat: rollen\"`"
        }
        if problem.contains("cannot start any token") {
            return "; text starting with `@`, `` ` ``, `%`, `!`, `&` or `*` must be in quotes"
        }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "; check the indentation: items of one list or mapping must line up"
        }
        if problem.contains("another document") {
            return "; an agenda file holds one document, so remove the second `---`"
        }
        if problem.contains("did not find expected") {
            return "; check for a missing closing quote or bracket"
        }
        return ""
    }

    /// The second `key:` at the same indentation after the first, where a duplicate is best reported.
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> SourceText.Position {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count > indent, scalars[..<indent].allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = String(String.UnicodeScalarView(scalars[indent...]))
            if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return SourceText.Position(line: index + 1, column: indent + 1)
            }
        }
        return SourceText.Position(line: first.line, column: first.column)
    }
}
