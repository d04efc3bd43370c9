package notime

// A file with no imports at all, holding params built elsewhere.
func resend(b builder) {
	b.create(b.params())
}
