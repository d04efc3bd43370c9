// Command custom-gcl is golangci-lint v2 with the checkoutexpiry plugin
// compiled in. It is our own entry point over golangci-lint's public
// packages; see docs/golangci-lint.md.
//
// The binary links golangci-lint, which is GPL-3.0: build it for your own
// use, and don't distribute it without complying with the GPL.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/paylint/checkoutexpiry/plugin"
)

// Set with -ldflags "-X main.version=...". Keep "(devel)" unless the version
// changes with the plugin: golangci-lint salts its result cache with the
// version, or with the binary's hash when the version is "(devel)".
var (
	version = "(devel)"
	commit  = "(custom build)"
	date    = "(unknown)"
)

func main() {
	info := commands.BuildInfo{GoVersion: runtime.Version(), Version: version, Commit: commit, Date: date}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
