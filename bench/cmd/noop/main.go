// Command noop is the floor of the standalone driver for an analyzer
// without facts: singlechecker.Main of an analyzer that does nothing, so
// a run costs only what the driver costs (go list, compiling dependencies
// for their export data, parsing and type-checking the requested packages
// from source). bench/run.sh compares checkoutexpiry's prototype driver
// (bench/cmd/rootsdriver) against it.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop does nothing; it measures the driver's own cost",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(analyzer) }
