import Dispatch
import Foundation
import Testing

@testable import Platform
@testable import PolicyKit
@testable import PolicySearch

/// A watcher run on a thread of the test process, as the detached `search --watch` runs it.
private struct RunningWatcher {
    let root: String
    let cache: String
    let finished: DispatchSemaphore

    /// Starts watching `root` and waits until the watcher answers.
    init(root: String, cache: String, idleSeconds: Int = 120) throws {
        (self.root, self.cache) = (root, cache)
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let finished = DispatchSemaphore(value: 0)
        self.finished = finished
        Thread.detachNewThread {
            _ = try? WorktreeWatcher(KnowledgeBaseSearch.watchedTree(root: root, cacheDirectory: cache))?.run(idleSeconds: idleSeconds)
            finished.signal()
        }
        let deadline = Date().addingTimeInterval(10)
        while WatcherChannel.ask(in: cache, root: root) == nil {
            try #require(Date() < deadline, "the watcher did not answer within 10 s")
            usleep(5_000)
        }
    }

    var answer: WatcherAnswer? { WatcherChannel.ask(in: cache, root: root) }

    /// Stops the watcher the way a removed repository does: its cache folder goes.
    func stop() throws {
        try FileManager.default.removeItem(atPath: cache)
        #expect(finished.wait(timeout: .now() + 10) == .success, "the watcher did not stop when its cache folder was removed")
    }
}

@Suite struct WorktreeWatcherTests {
    /// Every change under the record folders changes the watcher's answer; changes elsewhere do not.
    @Test func everyChangeUnderTheRecordFoldersIsCounted() throws {
        try withSearchFixture { root in
            let watcher = try RunningWatcher(root: root, cache: root + "/.git/policylab")
            defer { try? watcher.stop() }
            func changes(_ change: () throws -> Void) throws -> Bool {
                let before = try #require(watcher.answer)
                try change()
                let after = try #require(watcher.answer)
                #expect(after.identity == before.identity)
                return after != before
            }
            #expect(try !changes {})
            // Outside the record folders: another file at the root, and git's own folder.
            #expect(try !changes { try Support.write(["README.md": "hello\n", ".git/HEAD": "ref: refs/heads/main\n"], under: root) })
            #expect(try changes { try Support.write(["policylab.yaml": "name: Renamed\n"], under: root) })
            // Edited in place, with its times put back: inotify still reports the write.
            let panels = root + "/lessons/panels.md"
            let times = try FileManager.default.attributesOfItem(atPath: panels)[.modificationDate] as? Date
            #expect(
                try changes {
                    let handle = try #require(FileHandle(forUpdatingAtPath: panels))
                    try handle.write(contentsOf: Data("X".utf8))
                    try handle.close()
                    try FileManager.default.setAttributes([.modificationDate: try #require(times)], ofItemAtPath: panels)
                })
            // A folder made with its subfolders at once, then a file edited deep inside it.
            #expect(
                try changes { try FileManager.default.createDirectory(atPath: root + "/projects/new/evidence", withIntermediateDirectories: true) })
            #expect(try changes { try Support.write(["projects/new/evidence/e1.md": "one\n"], under: root) })
            #expect(try changes { try Support.write(["projects/new/evidence/e1.md": "two\n"], under: root) })
            // A folder renamed, then a folder made inside it under its new name.
            #expect(try changes { try FileManager.default.moveItem(atPath: root + "/projects/new", toPath: root + "/projects/renamed") })
            #expect(
                try changes { try FileManager.default.createDirectory(atPath: root + "/projects/renamed/impact", withIntermediateDirectories: false) }
            )
            #expect(try changes { try Support.write(["projects/renamed/impact/c1.md": "claim\n"], under: root) })
            // A whole record folder removed, then made again.
            #expect(try changes { try FileManager.default.removeItem(atPath: root + "/lessons") })
            #expect(try changes { try Support.write(["lessons/again.md": "---\nid: again\n---\n"], under: root) })
            #expect(try changes { try Support.write(["lessons/again.md": "---\nid: again\ntitle: Again\n---\n"], under: root) })
        }
    }

    /// With a watcher, a query trusts the index on the watcher's word once one check of the files
    /// has vouched for it, and still sees every change made after that.
    @Test func theWatcherVouchesForACurrentIndex() throws {
        try withSearchFixture { root in
            let cache = root + "/.git/policylab"
            let search = KnowledgeBaseSearch(source: .directory(root), cacheDirectory: cache)
            #expect(try search.search("assembly").watcherAnswered == false)
            let watcher = try RunningWatcher(root: root, cache: cache)
            defer { try? watcher.stop() }
            #expect(try search.buildIndex())
            let vouched = try search.search("assembly")
            #expect(vouched.origin == .cache && vouched.indexCheck == .watcher && vouched.watcherAnswered == true)
            #expect(try search.search("assembly").indexCheck == .watcher)

            // An edit: the index is stale, so the files are read and the new word is found.
            try Support.write(
                ["lessons/panels.md": "---\nid: panels\ntitle: Panels need time\nsummary: Plan.\n---\nA quorum takes weeks.\n"], under: root)
            let edited = try search.search("quorum")
            #expect(edited.origin == .scanned && edited.results.map(\.ref) == ["lesson:panels"])
            #expect(try search.buildIndex())
            #expect(try search.search("quorum").indexCheck == .watcher)

            // A record added in a new project folder, found through the rebuilt index.
            try Support.write(["projects/p1/project.md": "---\nid: p1\ntitle: Quorum project\n---\n"], under: root)
            #expect(try search.search("quorum").origin == .scanned)
            #expect(try search.buildIndex())
            let added = try search.search("quorum")
            #expect(added.indexCheck == .watcher && added.results.map(\.ref).sorted() == ["lesson:panels", "project:p1"])
        }
    }

    /// An index built before the watcher started is checked file by file once, then vouched for.
    @Test func anIndexFromBeforeTheWatcherIsCheckedOnce() throws {
        try withSearchFixture { root in
            let cache = root + "/.git/policylab"
            let search = KnowledgeBaseSearch(source: .directory(root), cacheDirectory: cache)
            try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: false)
            #expect(try search.buildIndex())
            #expect(try search.search("assembly").indexCheck == .fileStatuses)
            let watcher = try RunningWatcher(root: root, cache: cache)
            defer { try? watcher.stop() }
            #expect(try search.search("assembly").indexCheck == .fileStatuses)
            #expect(try search.search("assembly").indexCheck == .watcher)
            // A replaced index file is not covered by the voucher of the one before.
            let index = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cache + "/search-worktree.idx")))
            try FileManager.default.removeItem(atPath: cache + "/search-worktree.idx")
            try Support.write(index, to: cache + "/search-worktree.idx")
            #expect(try search.search("assembly").indexCheck == .fileStatuses)
        }
    }

    /// One watcher per cache folder; a path deeper than a socket address can hold still works.
    @Test func oneWatcherPerRepositoryAtAnyDepth() throws {
        try Support.withTemporaryDirectory { base in
            let root = base + "/" + String(repeating: "a-rather-long-folder-name/", count: 8) + "kb"
            try Support.write(searchFixture, under: root)
            #expect(root.utf8.count > 200)
            let watcher = try RunningWatcher(root: root, cache: root + "/.git/policylab")
            #expect(try WorktreeWatcher(KnowledgeBaseSearch.watchedTree(root: root, cacheDirectory: root + "/.git/policylab")) == nil)
            // Another tree does not take this watcher's answer as its own.
            #expect(WatcherChannel.ask(in: root + "/.git/policylab", root: base) == nil)
            try watcher.stop()
        }
    }

    /// Removing the socket is the way to stop a watcher by hand.
    @Test func removingTheSocketStopsTheWatcher() throws {
        try withSearchFixture { root in
            let watcher = try RunningWatcher(root: root, cache: root + "/.git/policylab")
            try FileManager.default.removeItem(atPath: root + "/.git/policylab/search-watch.sock")
            #expect(watcher.finished.wait(timeout: .now() + 10) == .success)
            #expect(FileManager.default.fileExists(atPath: root + "/.git/policylab/search-watch.lock"))
        }
    }

    /// The watcher stops when the working tree it watches is removed.
    @Test func theWatcherStopsWithItsTree() throws {
        try Support.withTemporaryDirectory { base in
            try Support.write(searchFixture, under: base + "/kb")
            let watcher = try RunningWatcher(root: base + "/kb", cache: base + "/cache")
            try FileManager.default.moveItem(atPath: base + "/kb", toPath: base + "/moved")
            #expect(watcher.finished.wait(timeout: .now() + 10) == .success)
        }
    }

    /// A watcher nobody asks stops after its idle time and removes its socket.
    @Test func anIdleWatcherStopsAndTidiesUp() throws {
        try withSearchFixture { root in
            let watcher = try RunningWatcher(root: root, cache: root + "/.git/policylab", idleSeconds: 1)
            #expect(watcher.finished.wait(timeout: .now() + 10) == .success)
            #expect(!FileManager.default.fileExists(atPath: root + "/.git/policylab/search-watch.sock"))
            #expect(watcher.answer == nil)
        }
    }

    /// Network and FUSE file systems are not watched: inotify would miss other machines' changes.
    @Test func remoteFileSystemsAreNotWatched() {
        let mounts = """
            22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
            40 22 0:35 / /srv/kb rw,relatime shared:20 - nfs4 server:/export rw,vers=4.2
            41 40 0:36 / /srv/kb/local rw shared:21 - tmpfs tmpfs rw
            42 22 0:37 / /home/ann/my\\040drive rw - fuse.sshfs ann@host:/ rw
            """
        #expect(WorktreeWatcher.fileSystemType(of: "/work/kb", mountInfo: mounts) == "ext4")
        #expect(WorktreeWatcher.fileSystemType(of: "/srv/kb/projects", mountInfo: mounts) == "nfs4")
        #expect(WorktreeWatcher.fileSystemType(of: "/srv/kbx", mountInfo: mounts) == "ext4")
        #expect(WorktreeWatcher.fileSystemType(of: "/srv/kb/local/kb", mountInfo: mounts) == "tmpfs")
        #expect(WorktreeWatcher.fileSystemType(of: "/home/ann/my drive/kb", mountInfo: mounts) == "fuse.sshfs")
        #expect(
            WorktreeWatcher.reportsEveryChange("ext4") && WorktreeWatcher.reportsEveryChange("tmpfs") && WorktreeWatcher.reportsEveryChange("overlay")
        )
        #expect(
            !WorktreeWatcher.reportsEveryChange("nfs4") && !WorktreeWatcher.reportsEveryChange("fuse.sshfs")
                && !WorktreeWatcher.reportsEveryChange("9p"))
        // This machine's own temporary folder is watchable, or the other tests here could not run.
        let mountInfo = (try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) ?? ""
        #expect(WorktreeWatcher.fileSystemType(of: "/tmp", mountInfo: mountInfo).map(WorktreeWatcher.reportsEveryChange) == true)
    }
}
