// Command checkoutexpiry reports Stripe Checkout Sessions created without
// the sanctioned ExpiresAt.
//
// It runs standalone (checkoutexpiry ./...) and as a vet tool
// (go vet -vettool=$(which checkoutexpiry) ./...).
package main

import (
	"github.com/paylint/checkoutexpiry/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
