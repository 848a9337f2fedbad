import Foundation
import Testing
import ClaimqTestHelpers

/// scripts/install.sh into a temporary prefix: the binary runs from there, the manual
/// page reads with man -l, the completions are in place, and --uninstall removes them all.
extension EndToEndTests {
    private static let root = Repository.root.path

    @Test func theInstallerPutsClaimqOnAPrefixAndTakesItAway() throws {
        let prefix = Claimq.temporaryFolder() + "/usr"
        let script = Self.root + "/scripts/install.sh"
        let install = Claimq.run([script, "--binary", Claimq.path, prefix], timeout: 60, executable: "/bin/bash")
        #expect(install.status == 0, "\(install.stderr)")
        let installed = Claimq.run(["-c", "count claims"], timeout: 30, executable: prefix + "/bin/claimq")
        #expect(installed.stdout.hasPrefix("18 claims"), "the installed binary runs")
        let man = Claimq.run(["-l", prefix + "/share/man/man1/claimq.1"], environment: ["MANPAGER": "cat", "MANWIDTH": "80"],
                             timeout: 30, executable: "/usr/bin/man")
        #expect(man.status == 0 && man.stdout.contains("claimq - query the claims a news article makes"), "\(man.stderr)")
        let bash = try String(contentsOfFile: prefix + "/share/bash-completion/completions/claimq", encoding: .utf8)
        #expect(bash.contains("claimq") && bash.contains("--format"), "bash completion names the flags")
        for file in ["share/zsh/site-functions/_claimq", "share/fish/vendor_completions.d/claimq.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix + "/" + file))
        }
        let uninstall = Claimq.run([script, "--uninstall", prefix], timeout: 60, executable: "/bin/bash")
        #expect(uninstall.status == 0)
        let left = FileManager.default.enumerator(atPath: prefix)?.compactMap { $0 as? String }.filter {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: prefix + "/" + $0, isDirectory: &folder) && !folder.boolValue
        }
        #expect(left == [], "every installed file is gone")
    }
}
