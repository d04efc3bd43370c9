// Package analyzer defines checkoutexpiry, an analysis that reports Stripe
// Checkout Sessions created without the sanctioned ExpiresAt.
package analyzer

const doc = `report Stripe Checkout Sessions created without the sanctioned ExpiresAt

A Checkout Session created without ExpiresAt expires 24 hours after it is
created. checkoutexpiry finds every session the code creates with stripe-go
(any major version; session.New, client.API.CheckoutSessions.New and
stripe.Client.V1CheckoutSessions.Create) and reports those that leave
ExpiresAt unset or derive it from anything but the sanctioned TTL.`
