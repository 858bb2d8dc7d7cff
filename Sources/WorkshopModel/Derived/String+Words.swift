import Foundation

extension String {
    /// The text in Unicode's composed form (NFC), so accented letters typed either way count as one word.
    var precomposedForWords: String {
        precomposedStringWithCanonicalMapping
    }
}
