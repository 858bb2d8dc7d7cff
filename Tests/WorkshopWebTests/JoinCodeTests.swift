import Testing
import WorkshopWeb

@Test func joinCodeUsesTheUnambiguousAlphabetAndMatchesLoosely() {
    var generator = SystemRandomNumberGenerator()
    let code = JoinCode(length: 6, using: &generator)
    #expect(code.value.count == 6)
    #expect(code.value.allSatisfy { JoinCode.alphabet.contains($0) })
    let typed = String(code.value.prefix(3)).lowercased() + "-" + code.value.dropFirst(3)
    #expect(code.matches(typed))
    #expect(!code.matches(String(code.value.dropLast())))
}
