package steps

// pathSteps are the domain steps of the documented paths beyond the four
// named ones (registration, checkout, adding cards, the mobile app...).
func pathSteps() []Step { return nil }
