package imports

// tiers escape through an exported function and look like creations.
func Tiers() []*P {
	mode := "payment"
	return []*P{{Mode: &mode}} // want `built for a creation without ExpiresAt`
}
