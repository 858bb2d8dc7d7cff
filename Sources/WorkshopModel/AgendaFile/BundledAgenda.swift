/// Agendas compiled into the program, so it runs without the repository next to it.
public enum BundledAgenda {
    /// The file the Mechelen agenda comes from, in `agendas/`.
    public static let mechelenFileName = "mechelen-warmte-2023-11-08.yaml"

    /// The Mechelen heat workshop of 8 November 2023, as validated from `mechelenYAML`.
    public static func mechelen() -> Agenda { mechelenAgenda }

    /// Parsed once. The bundled text is validated by the tests, so a failure here is a build mistake, not bad input.
    private static let mechelenAgenda: Agenda = {
        let result = AgendaLoader.parse(text: mechelenYAML, file: mechelenFileName)
        guard let agenda = result.agenda else {
            fatalError("the bundled agenda does not validate: \(result.diagnostics.map(\.formatted))")
        }
        return agenda
    }()
}
