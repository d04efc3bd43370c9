// Command gencorpus writes a generated module for bench/run.sh: N packages
// of a payment service, one in ten importing the real stripe-go v85.
//
//	go run ./bench/cmd/gencorpus -n 100 -o /tmp/corpus100
//
// It writes go.mod only; run `go mod tidy` in the output directory to
// resolve stripe-go through the module proxy and write go.sum.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/paylint/checkoutexpiry/bench/corpus"
)

func main() {
	n := flag.Int("n", 100, "number of generated packages")
	out := flag.String("o", "", "output directory (the module root; must not exist)")
	mod := flag.String("module", "example.com/shop", "module path")
	stripeVersion := flag.String("stripe", "v85.0.0", "stripe-go v85 version to require")
	every := flag.Int("stripe-every", 10, "one package in this many imports stripe-go")
	big := flag.Int("big", 0, "also generate package big with this many session creations")
	flag.Parse()
	if *out == "" {
		log.Fatal("-o is required")
	}
	if _, err := os.Stat(*out); err == nil {
		log.Fatalf("%s exists", *out)
	}
	st, err := corpus.Generate(*out, corpus.Options{
		Module:      *mod,
		Packages:    *n,
		StripeEvery: *every,
		Big:         *big,
		GoMod:       *stripeVersion,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(st)
}
