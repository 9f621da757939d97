package world

import "errors"

// Errors callers tell apart. They are wrapped with context; test with errors.Is.
var (
	// ErrNoSuchBuyer: no buyer with that e-mail address in this world.
	ErrNoSuchBuyer = errors.New("no such buyer")
	// ErrBuyerExists: a buyer with that e-mail address is already registered.
	ErrBuyerExists = errors.New("buyer already exists")
	// ErrInvalidBuyer: the buyer specification breaks a rule (the message says which).
	ErrInvalidBuyer = errors.New("invalid buyer")
	// ErrBadCredentials: the e-mail address or the password is wrong.
	ErrBadCredentials = errors.New("incorrect email or password")
	// ErrNoSuchCard: the card does not exist or is not the buyer's.
	ErrNoSuchCard = errors.New("no such card")
	// ErrNotSignedIn: the session is unknown or belongs to nobody.
	ErrNotSignedIn = errors.New("not signed in")
	// ErrInvalidCode: the single sign-on code is unknown, used or expired.
	ErrInvalidCode = errors.New("sign-in code is invalid, used or expired")
	// ErrWrongCaptcha: the captcha answer does not match.
	ErrWrongCaptcha = errors.New("the characters entered are incorrect")
	// ErrInvalidLink: the confirmation link is unknown or belongs to another buyer.
	ErrInvalidLink = errors.New("confirmation link is not valid")
	// ErrLinkExpired: the confirmation link is older than its lifetime on the world clock.
	ErrLinkExpired = errors.New("confirmation link has expired")
	// ErrNotConfirmed: the buyer has not confirmed an e-mail address for the wallet yet.
	ErrNotConfirmed = errors.New("wallet e-mail address not confirmed")
	// ErrNoPendingRegistration: the buyer has not asked for a confirmation e-mail.
	ErrNoPendingRegistration = errors.New("no confirmation e-mail was requested")
	// ErrNotSecured: the buyer has not finished "Set up security" yet.
	ErrNotSecured = errors.New("payment password and security questions not set")
	// ErrRegistrationClosed: the wallet takes no new registrations (ProfileRegistrationClosed).
	ErrRegistrationClosed = errors.New("the wallet takes no new registrations since 1 January 2017")
	// ErrNoSuchOrder: the order does not exist or is not the buyer's.
	ErrNoSuchOrder = errors.New("no such order")
	// ErrDisputeState: the order's dispute cannot be opened or decided now.
	ErrDisputeState = errors.New("the order's dispute cannot change now")
	// ErrBalanceTooLow: the wallet balance does not cover the payment.
	ErrBalanceTooLow = errors.New("the wallet balance is too low")
	// ErrNotWithdrawable: the wallet balance can only be spent on purchases.
	ErrNotWithdrawable = errors.New("the wallet balance can only be spent on purchases")
	// ErrNothingToWithdraw: the wallet balance is zero.
	ErrNothingToWithdraw = errors.New("the wallet balance is zero")
)

// CardError is a card that breaks a rule; Rule says which, in words a person
// reads. The package's card errors are *CardError values, so both errors.Is
// with one of them and errors.As with a *CardError work.
type CardError struct {
	Rule string
}

func (e *CardError) Error() string { return e.Rule }

// Card rules.
var (
	ErrCardDigits   = &CardError{Rule: "card number must contain only digits"}
	ErrCardLength   = &CardError{Rule: "card number must have 16 digits"}
	ErrCardLuhn     = &CardError{Rule: "card number fails the Luhn check"}
	ErrCardBrand    = &CardError{Rule: "card brand must be Visa, MasterCard or Maestro"}
	ErrCardMismatch = &CardError{Rule: "card brand or last four digits do not match the card number"}
	ErrCardLast4    = &CardError{Rule: "last four digits must be 4 digits"}
	ErrCardExpiry   = &CardError{Rule: "card expiry must be MM/YY"}
	ErrCardExpired  = &CardError{Rule: "the card has expired"}
	ErrCardCVV      = &CardError{Rule: "CVV/CVC must be 3 digits"}
	ErrCardHolder   = &CardError{Rule: "the cardholder name is required"}
	ErrCardOrigin   = &CardError{Rule: "card origin must be wallet or app"}
	ErrWalletBrand  = &CardError{Rule: "the wallet binds Visa and MasterCard cards only"}
	ErrTooManyCards = &CardError{Rule: "at most 5 cards can be bound to a wallet"}
)

// PasswordError is a payment password that breaks a rule.
type PasswordError struct {
	Rule string
}

func (e *PasswordError) Error() string { return e.Rule }

// Payment password rules.
var (
	ErrPasswordFormat   = &PasswordError{Rule: "payment password must be exactly 6 digits"}
	ErrPasswordSequence = &PasswordError{Rule: "payment password must not be consecutive digits"}
	ErrPasswordRepeated = &PasswordError{Rule: "payment password must not repeat one digit"}
	ErrPasswordMismatch = &PasswordError{Rule: "payment passwords do not match"}
)

// RuleError is a form entry that breaks one of the wallet's other rules;
// Field names the entry.
type RuleError struct {
	Field, Rule string
}

func (e *RuleError) Error() string { return e.Field + ": " + e.Rule }

// Security question rules.
var (
	ErrQuestionsTooFew   = &RuleError{Field: "questions", Rule: "choose and answer three security questions"}
	ErrQuestionsRepeated = &RuleError{Field: "questions", Rule: "choose three different security questions"}
)

// Personal-data rules.
var (
	ErrLastName    = &RuleError{Field: "last_name", Rule: "the last name is required"}
	ErrFirstName   = &RuleError{Field: "first_name", Rule: "the first name is required"}
	ErrBirthDate   = &RuleError{Field: "birth_date", Rule: "the date of birth must be DD.MM.YYYY"}
	ErrTooYoung    = &RuleError{Field: "birth_date", Rule: "account holders must be 18 or older"}
	ErrCitizenship = &RuleError{Field: "citizenship", Rule: "the citizenship is required"}
	ErrAddress     = &RuleError{Field: "address", Rule: "the address is required"}
	ErrPhone       = &RuleError{Field: "phone", Rule: "the phone number must have 7 to 15 digits"}
)

// Wallet sign-in password rules.
var (
	ErrLoginPasswordWeak     = &RuleError{Field: "password", Rule: "the password needs 8 characters or more, letters and digits"}
	ErrLoginPasswordMismatch = &RuleError{Field: "confirm", Rule: "the passwords do not match"}
)
