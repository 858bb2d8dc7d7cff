/// Agendas compiled into the program, so it runs without the repository next to it.
public enum BundledAgenda {
    /// The file the Mechelen agenda comes from, in `agendas/`.
    public static let mechelenFileName = "mechelen-warmte-2023-11-08.yaml"

    /// The Mechelen heat workshop of 8 November 2023: `mechelenYAML` as parsed, compiled in
    /// (`BundledAgenda+Mechelen.swift`, which the tests check against the YAML), so `workshop` starts
    /// without parsing YAML.
    public static func mechelen() -> Agenda { mechelenParsed }
}
