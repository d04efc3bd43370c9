// Command noopfact is the floor of the standalone driver for an analyzer
// with facts, like checkoutexpiry: singlechecker.Main of an analyzer that
// does nothing but declare a fact type. Declaring one makes the driver load
// every dependency, the standard library included, from source and run
// the analyzer on each of them; under go vet it makes the tool run (for
// facts only) on every dependency. bench/run.sh compares checkoutexpiry
// against it.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

type fact struct{}

func (*fact) AFact()         {}
func (*fact) String() string { return "fact" }

var analyzer = &analysis.Analyzer{
	Name:      "noopfact",
	Doc:       "noopfact declares a fact type and does nothing; it measures the driver's own cost",
	FactTypes: []analysis.Fact{new(fact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(analyzer) }
