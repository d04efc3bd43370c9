// Stub of github.com/stripe/stripe-go/v85@v85.0.0 for tests: a trimmed subset with the real names and signatures.

package stripe

// Returns a list of file links.
type FileLinkListParams struct {
	ListParams   `form:"*"`
	Created      *int64            `form:"created" json:"created,omitempty"`
	CreatedRange *RangeQueryParams `form:"created" json:"-"`
	Expand       []*string         `form:"expand" json:"expand,omitempty"`
	Expired      *bool             `form:"expired" json:"expired,omitempty"`
	File         *string           `form:"file" json:"file,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *FileLinkListParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// Creates a new file link object.
type FileLinkParams struct {
	Params `form:"*"`
	Expand []*string `form:"expand" json:"expand,omitempty"`
	// A future timestamp after which the link will no longer be usable, or `now` to expire the link immediately.
	ExpiresAt    *int64                     `form:"expires_at" json:"expires_at,omitempty"`
	ExpiresAtNow *bool                      `form:"-"` // See custom AppendTo
	File         *string                    `form:"file" json:"file,omitempty"`
	Metadata     map[string]string          `form:"metadata" json:"metadata,omitempty"`
	UnsetFields  []FileLinkParamsUnsetField `form:"-" json:"-"`
}

// FileLinkParamsUnsetField is the list of fields that can be cleared/unset on FileLinkParams.
type FileLinkParamsUnsetField string

const (
	FileLinkParamsUnsetFieldExpiresAt FileLinkParamsUnsetField = "expires_at"
	FileLinkParamsUnsetFieldMetadata  FileLinkParamsUnsetField = "metadata"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *FileLinkParams) AddUnsetField(field FileLinkParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// AddExpand appends a new field to expand.
func (p *FileLinkParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *FileLinkParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Creates a new file link object.
type FileLinkCreateParams struct {
	Params `form:"*"`
	Expand []*string `form:"expand" json:"expand,omitempty"`
	// The link isn't usable after this future timestamp.
	ExpiresAt   *int64                           `form:"expires_at" json:"expires_at,omitempty"`
	File        *string                          `form:"file" json:"file"`
	Metadata    map[string]string                `form:"metadata" json:"metadata,omitempty"`
	UnsetFields []FileLinkCreateParamsUnsetField `form:"-" json:"-"`
}

// FileLinkCreateParamsUnsetField is the list of fields that can be cleared/unset on FileLinkCreateParams.
type FileLinkCreateParamsUnsetField string

const (
	FileLinkCreateParamsUnsetFieldMetadata FileLinkCreateParamsUnsetField = "metadata"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *FileLinkCreateParams) AddUnsetField(field FileLinkCreateParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// AddExpand appends a new field to expand.
func (p *FileLinkCreateParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *FileLinkCreateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Retrieves the file link with the given ID.
type FileLinkRetrieveParams struct {
	Params `form:"*"`
	Expand []*string `form:"expand" json:"expand,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *FileLinkRetrieveParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// Updates an existing file link object. Expired links can no longer be updated.
type FileLinkUpdateParams struct {
	Params `form:"*"`
	Expand []*string `form:"expand" json:"expand,omitempty"`
	// A future timestamp after which the link will no longer be usable, or `now` to expire the link immediately.
	ExpiresAt    *int64                           `form:"expires_at" json:"expires_at,omitempty"`
	ExpiresAtNow *bool                            `form:"-"` // See custom AppendTo
	Metadata     map[string]string                `form:"metadata" json:"metadata,omitempty"`
	UnsetFields  []FileLinkUpdateParamsUnsetField `form:"-" json:"-"`
}

// FileLinkUpdateParamsUnsetField is the list of fields that can be cleared/unset on FileLinkUpdateParams.
type FileLinkUpdateParamsUnsetField string

const (
	FileLinkUpdateParamsUnsetFieldExpiresAt FileLinkUpdateParamsUnsetField = "expires_at"
	FileLinkUpdateParamsUnsetFieldMetadata  FileLinkUpdateParamsUnsetField = "metadata"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *FileLinkUpdateParams) AddUnsetField(field FileLinkUpdateParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// AddExpand appends a new field to expand.
func (p *FileLinkUpdateParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *FileLinkUpdateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// To share the contents of a `File` object with non-Stripe users, you can
// create a `FileLink`. `FileLink`s contain a URL that you can use to
// retrieve the contents of the file without authentication.
type FileLink struct {
	APIResource
	Created int64 `json:"created"`
	Expired bool  `json:"expired"`
	// Time that the link expires.
	ExpiresAt int64             `json:"expires_at"`
	ID        string            `json:"id"`
	Livemode  bool              `json:"livemode"`
	Metadata  map[string]string `json:"metadata"`
	Object    string            `json:"object"`
	URL       string            `json:"url"`
}

// FileLinkList is a list of FileLinks as retrieved from a list endpoint.
type FileLinkList struct {
	APIResource
	ListMeta
	Data []*FileLink `json:"data"`
}
