// Stub of github.com/stripe/stripe-go/v72@v72.62.0 for tests: a trimmed subset with the real names and signatures.

package stripe

// LineItem is the resource representing a line item.
type LineItem struct {
	APIResource
	AmountSubtotal int64    `json:"amount_subtotal"`
	AmountTotal    int64    `json:"amount_total"`
	Currency       Currency `json:"currency"`
	Deleted        bool     `json:"deleted"`
	Description    string   `json:"description"`
	ID             string   `json:"id"`
	Object         string   `json:"object"`
	Quantity       int64    `json:"quantity"`
}

// LineItemList is a list of prices as returned from a list endpoint.
type LineItemList struct {
	APIResource
	ListMeta
	Data []*LineItem `json:"data"`
}
