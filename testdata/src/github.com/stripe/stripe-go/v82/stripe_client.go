// Stub of github.com/stripe/stripe-go/v82@v82.5.1 for tests: a trimmed subset with the real names and signatures.

package stripe

// Client is the Stripe client. It contains all the different services available.
type Client struct {
	V1CheckoutSessions *v1CheckoutSessionService
	V1FileLinks        *v1FileLinkService
	V1PromotionCodes   *v1PromotionCodeService
}

// NewClient creates a new Stripe [Client] with the given API key.
func NewClient(key string, opts ...ClientOption) *Client {
	usage := []string{"stripe_client_new"}
	client := &Client{}
	cfg := clientConfig{key: key, usage: usage}
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		opt(&cfg)
	}
	initClient(client, cfg)
	return client
}

func initClient(client *Client, cfg clientConfig) {
	if cfg.backends == nil {
		cfg.backends = &Backends{
			API:         &UsageBackend{B: GetBackend(APIBackend), Usage: cfg.usage},
			Connect:     &UsageBackend{B: GetBackend(ConnectBackend), Usage: cfg.usage},
			Uploads:     &UsageBackend{B: GetBackend(UploadsBackend), Usage: cfg.usage},
			MeterEvents: &UsageBackend{B: GetBackend(MeterEventsBackend), Usage: cfg.usage},
		}
	}
	backends := cfg.backends
	key := cfg.key
	client.V1CheckoutSessions = &v1CheckoutSessionService{B: backends.API, Key: key}
	client.V1FileLinks = &v1FileLinkService{B: backends.API, Key: key}
	client.V1PromotionCodes = &v1PromotionCodeService{B: backends.API, Key: key}
}

type clientConfig struct {
	backends *Backends
	usage    []string
	key      string
}

// ClientOption allows for functional options to be passed to the NewClient constructor.
type ClientOption func(*clientConfig)

// WithBackends allows for setting a custom [*Backends] struct when creating a new client.
// This is useful for testing or when you want to use a different backend constructed
// from [NewBackendsWithConfig].
func WithBackends(backends *Backends) ClientOption {
	return func(c *clientConfig) {
		c.backends = backends
	}
}
