import Testing
@testable import WorkshopWeb

@Suite struct FormFieldsTests {
    @Test func formsAreDecodedWithRepeatsPlusAndPercentEscapes() throws {
        let fields = try #require(FormFields(urlEncoded: Array("choice=1&choice=3&text=caf%C3%A9+au+lait&empty=&bare".utf8)))
        #expect(fields.values("choice") == ["1", "3"])
        #expect(try fields.single("text") == "café au lait")
        #expect(try fields.single("empty") == "")
        #expect(try fields.single("bare") == "")
        #expect(try fields.single("missing") == nil)
        #expect(throws: WebProblem.malformed) { try fields.single("choice") }
    }

    @Test func brokenEscapesAndUTF8AreRefusedWhole() {
        #expect(FormFields(urlEncoded: Array("a=%4".utf8)) == nil)
        #expect(FormFields(urlEncoded: Array("a=%zz".utf8)) == nil)
        #expect(FormFields(urlEncoded: Array("a=%C3".utf8)) == nil)
        #expect(FormFields(urlEncoded: [0x61, 0x3D, 0xFF]) == nil)
    }

    @Test func jsonTakesStringsNumbersAndListsOnly() throws {
        let fields = try #require(FormFields(json: Array(#"{"poll":"p","choice":[0,"2"],"n":5}"#.utf8)))
        #expect(fields.values("choice") == ["0", "2"])
        #expect(try fields.single("n") == "5")
        #expect(FormFields(json: Array(#"{"a":true}"#.utf8)) == nil)
        #expect(FormFields(json: Array(#"{"a":{"b":1}}"#.utf8)) == nil)
        #expect(FormFields(json: Array(#"["a"]"#.utf8)) == nil)
        #expect(FormFields(json: Array("{".utf8)) == nil)
    }

    @Test func htmlEscapingCoversTextAndAttributes() {
        #expect(HTML.escape(#"<a href="x" title='y'>&</a>"#) == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTML.escape("Één café") == "Één café")
    }

    @Test func theJoinCookieIsComparedExactly() throws {
        let code = try #require(JoinCode("abc-234"))
        #expect(code.value == "ABC234")
        #expect(code.matchesExactly("ABC234"))
        #expect(!code.matchesExactly("ABC23"))
        #expect(!code.matchesExactly("ABC2345"))
        #expect(!code.matchesExactly("abc234"))
        #expect(JoinCode("AB1") == nil)
        #expect(JoinCode("ABCDE0") == nil)  // 0 is not in the alphabet
    }
}
