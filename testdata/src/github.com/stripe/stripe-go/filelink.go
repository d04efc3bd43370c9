// Stub of github.com/stripe/stripe-go@v70.15.0+incompatible for tests: a trimmed subset with the real names and signatures.

package stripe

// FileLinkParams is the set of parameters that can be used when creating or updating a file link.
type FileLinkParams struct {
	Params    `form:"*"`
	ExpiresAt *int64  `form:"expires_at"`
	File      *string `form:"file"`
}

// FileLinkListParams is the set of parameters that can be used when listing file links.
type FileLinkListParams struct {
	ListParams   `form:"*"`
	Created      *int64            `form:"created"`
	CreatedRange *RangeQueryParams `form:"created"`
	Expired      *bool             `form:"expired"`
	File         *string           `form:"file"`
}

// FileLink is the resource representing a Stripe file link.
// For more details see https://stripe.com/docs/api#file_links.
type FileLink struct {
	Created   int64             `json:"created"`
	Expired   bool              `json:"expired"`
	ExpiresAt int64             `json:"expires_at"`
	ID        string            `json:"id"`
	Livemode  bool              `json:"livemode"`
	Metadata  map[string]string `json:"metadata"`
	Object    string            `json:"object"`
	URL       string            `json:"url"`
}

// FileLinkList is a list of file links as retrieved from a list endpoint.
type FileLinkList struct {
	ListMeta
	Data []*FileLink `json:"data"`
}
