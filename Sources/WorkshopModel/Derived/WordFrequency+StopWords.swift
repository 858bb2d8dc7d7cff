extension WordFrequency {
    /// Dutch and English words too common to say anything about an answer.
    public static let stopWords: Set<String> = dutchStopWords.union(englishStopWords)

    /// Dutch stop words: the usual list of function words plus the auxiliaries and fillers of spoken Dutch
    /// (Flemish forms included).
    static let dutchStopWords: Set<String> = [
        "aan", "al", "alle", "alleen", "alles", "als", "altijd", "andere", "anders", "ben", "bent", "bij",
        "binnen", "bijvoorbeeld", "buiten", "daar", "daarbij", "daardoor", "daarna", "daarom", "daarvan",
        "dan", "dat", "de", "deze", "die", "dit", "doch", "doen", "door", "dus", "echter", "een", "eens",
        "eerst", "elk", "elke", "en", "enkel", "enz", "er", "erg", "ge", "geen", "geweest", "haar", "had",
        "hadden", "heb", "hebben", "hebt", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "ik", "in",
        "indien", "is", "ja", "je", "jij", "jou", "jouw", "jullie", "kan", "kon", "konden", "kunnen", "kunt",
        "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "moeten", "na", "naar", "natuurlijk",
        "nee", "neen", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "onze", "ook", "op",
        "over", "reeds", "sinds", "te", "tegen", "terwijl", "toch", "toen", "tot", "tussen", "u", "uit",
        "uw", "van", "veel", "via", "voor", "vooral", "waar", "waarom", "wanneer", "want", "waren", "was",
        "wat", "we", "wel", "welk", "welke", "werd", "werden", "wezen", "wie", "wij", "wil", "willen",
        "wordt", "worden", "zal", "zale", "ze", "zeer", "zelf", "zich", "zij", "zijn", "zo", "zoals",
        "zodat", "zonder", "zou", "zouden", "zullen", "zulke", "gaat", "gaan", "komt", "komen", "zit",
        "zitten", "zeker", "misschien", "iets", "iemand", "ieder", "iedere", "iedereen", "hen", "hare",
        "zijne", "dezelfde", "hetzelfde", "wat", "waarbij", "waarin", "waarmee", "waarop", "daarin",
        "daarmee", "daarop", "hierbij", "hierin", "ervan", "erin", "erop", "ermee", "eraan", "tijdens",
        "volgens", "vanuit", "rond", "rondom", "zowel", "beide", "enkele", "sommige", "veel", "weinig",
    ]

    /// English stop words: the usual list of function words and auxiliaries.
    static let englishStopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "aren", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "cannot", "could", "couldn", "did", "didn", "do", "does", "doesn", "doing", "don",
        "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further",
        "get", "gets", "got", "had", "hadn", "has", "hasn", "have", "haven", "having", "he", "her", "here",
        "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "isn",
        "it", "its", "itself", "just", "let", "like", "may", "me", "might", "more", "most", "much", "must",
        "mustn", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once",
        "only", "or", "other", "others", "ought", "our", "ours", "ourselves", "out", "over", "own", "quite",
        "rather", "really", "same", "shall", "shan", "she", "should", "shouldn", "since", "so", "some",
        "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
        "upon", "us", "very", "was", "wasn", "we", "well", "were", "weren", "what", "when", "where",
        "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
        "won", "would", "wouldn", "yet", "you", "your", "yours", "yourself", "yourselves", "ll", "re", "ve",
        "etc", "via", "per", "lot", "lots", "thing", "things",
    ]
}
