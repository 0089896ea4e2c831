// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "policylab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "policylab", targets: ["policylab"]),
        .library(name: "PolicyKit", targets: ["PolicyKit"]),
        .library(name: "PolicySearch", targets: ["PolicySearch"]),
        .library(name: "GitKit", targets: ["GitKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // Verifies SSH signatures (Ed25519, ECDSA P-256, RSA) of approvals and verdicts in-process.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Debian's libgit2-dev (pkg-config libgit2).
        .systemLibrary(name: "CGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        // SHA-256 from mbedcrypto, which libgit2-dev already pulls in (libmbedtls-dev).
        .systemLibrary(name: "CSHA256", providers: [.apt(["libmbedtls-dev"])]),
        // Debian's cmark-gfm, GitHub-flavoured Markdown (both packages: the extensions are separate).
        .systemLibrary(
            name: "CCMarkGFM", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // What differs between operating systems (file times, the working-tree watcher, detached
        // processes), behind `#if os(...)`: the rest of the package is portable POSIX.
        .target(name: "Platform"),
        .target(name: "GitKit", dependencies: ["CGit2", "Platform"]),
        .target(
            name: "PolicyKit",
            dependencies: [
                "GitKit", "Platform", "CSHA256", "CCMarkGFM", .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            // The site's and posts' templates, style sheet and script, read through Bundle.module.
            resources: [.copy("Resources")]
        ),
        // Ranked full-text search with its cached index, over PolicyKit's model and loading.
        .target(name: "PolicySearch", dependencies: ["PolicyKit", "GitKit", "Platform"]),
        .executableTarget(
            name: "policylab",
            dependencies: ["PolicyKit", "PolicySearch", "Platform", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What every test target shares: the clean-environment git runner, temporary folders,
        // golden files, the fixtures' location and fixture repositories built through GitKit.
        .target(name: "PolicylabTestSupport", dependencies: ["GitKit"], path: "Tests/TestSupport"),
        .testTarget(name: "GitKitTests", dependencies: ["GitKit", "PolicylabTestSupport"]),
        .testTarget(
            name: "PolicyKitTests", dependencies: ["PolicyKit", "PolicySearch", "Platform", "GitKit", "PolicylabTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "PolicylabCLITests", dependencies: ["GitKit", "PolicylabTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
