// Stub of github.com/stripe/stripe-go/v85@v85.0.0 for tests: a trimmed subset with the real names and signatures.

package stripe

import (
	"context"
)

// Iter provides a convenient interface
// for iterating over the elements
// returned from paginated list API calls.
// Successive calls to the Next method
// will step through each item in the list,
// fetching pages of items as needed.
// Iterators are not thread-safe, so they should not be consumed
// across multiple goroutines.
type Iter struct {
	cur        interface{}
	err        error
	list       ListContainer
	listParams ListParams
	meta       *ListMeta
	values     []interface{}
}

// Current returns the most recent item
// visited by a call to Next.
func (it *Iter) Current() interface{} {
	return it.cur
}

// Err returns the error, if any,
// that caused the Iter to stop.
// It must be inspected
// after Next returns false.
func (it *Iter) Err() error {
	return it.err
}

// List returns the current list object which the iterator is currently using.
// List objects will change as new API calls are made to continue pagination.
func (it *Iter) List() ListContainer {
	return it.list
}

// Meta returns the list metadata.
func (it *Iter) Meta() *ListMeta {
	return it.meta
}

// Next advances the Iter to the next item in the list,
// which will then be available
// through the Current method.
// It returns false when the iterator stops
// at the end of the list.
func (it *Iter) Next() bool {
	return false
}

// V1List provides a convenient interface for iterating over the elements
// returned from paginated list API calls. It is meant to be an improvement
// over the Iter type, which was written before Go introduced generics and iter.Seq2.
// Calling the `All` allows you to iterate over all items in the list,
// with automatic pagination.
type V1List[T any] struct {
	err        error
	listParams ListParams
	backward   bool
}

// All returns a Seq2 that will be evaluated on each item in a V1List.
// The All function will continue to fetch pages of items as needed.
func (l *V1List[T]) All(ctx context.Context) Seq2[T, error] {
	return nil
}

// Err returns the error for the current page.
func (l *V1List[T]) Err() error {
	return l.err
}

// Seq2 is the same as the iter.Seq2 type in Go 1.23+. It is used as the return type
// of List methods. If you are using Go 1.23+, you can just range over the an List
// method directly, e.g.,
type Seq2[K, V any] func(yield func(K, V) bool)
