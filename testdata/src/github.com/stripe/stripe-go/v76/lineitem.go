// Stub of github.com/stripe/stripe-go/v76@v76.25.0 for tests: a trimmed subset with the real names and signatures.

package stripe

// A line item.
type LineItem struct {
	AmountDiscount int64    `json:"amount_discount"`
	AmountSubtotal int64    `json:"amount_subtotal"`
	AmountTax      int64    `json:"amount_tax"`
	AmountTotal    int64    `json:"amount_total"`
	Currency       Currency `json:"currency"`
	Description    string   `json:"description"`
	ID             string   `json:"id"`
	Object         string   `json:"object"`
	Quantity       int64    `json:"quantity"`
}

// LineItemList is a list of LineItems as retrieved from a list endpoint.
type LineItemList struct {
	APIResource
	ListMeta
	Data []*LineItem `json:"data"`
}
