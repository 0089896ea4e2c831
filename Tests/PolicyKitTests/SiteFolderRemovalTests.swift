import Foundation
import PolicylabTestSupport
import Testing

@testable import PolicyKit

/// The old site, once the new one is in place, is removed whole and nothing outside it.
@Suite struct SiteFolderRemovalTests {
    @Test func anOldSiteIsRemovedWithoutFollowingItsLinks() throws {
        try Support.withTemporaryDirectory { dir in
            let old = dir + "/old"
            var files: [String: String] = [:]
            for folder in ["methods", "projects", "assets/search/0123456789abcdef/d", "fr/projects"] {
                for page in 0..<40 { files["\(folder)/\(page).html"] = "page \(page)" }
            }
            try Support.write(files, under: old)
            try Support.write(["kept.txt": "not the site's"], under: dir + "/outside")
            // A link to a file and one to a folder outside the site: the links go, not what they name.
            #expect(symlink(dir + "/outside/kept.txt", old + "/methods/link.html") == 0)
            #expect(symlink(dir + "/outside", old + "/projects/folder-link") == 0)
            // A name that is not UTF-8, which the listing cannot name.
            let name = Array(old.utf8) + Array("/fr/caf".utf8) + [0xE9, 0]
            let descriptor = name.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
            #expect(descriptor >= 0)
            close(descriptor)

            SiteFolder.removeTree(old)
            #expect(!FileManager.default.fileExists(atPath: old))
            #expect(try String(contentsOfFile: dir + "/outside/kept.txt", encoding: .utf8) == "not the site's")
        }
    }
}
