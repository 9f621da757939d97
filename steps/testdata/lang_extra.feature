Feature: Steps the suite's own features leave out
  The phrasings of every language are run against the sim; these are the
  steps no feature of features/ uses.

  Scenario: Back to the first tab, a screenshot, no card saved in the app
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US" in a new tab
    Then I should see "Visa •••• 4242"
    When I switch to the tab "AliExpress - Online Shopping"
    Then I should be on "www.aliexpress.com/"
    And I take a screenshot "home"
    And the buyer has no cards saved in the app

  Scenario: The alert's text as a doc string
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    And I click "Delete card"
    Then an alert appears
    And the alert says:
      """
      Delete this card?
      This cannot be undone.
      """
    When I accept the alert
    Then I should see:
      """
      The card has been removed
      """

  Scenario: Signing in with a table of fields
    Given a buyer with these bound cards:
      | brand      | last four | expiry | saved in |
      | Visa       | 4242      | 12/30  | wallet   |
      | MasterCard | 5454      | 01/24  | app      |
    When I open "https://login.aliexpress.com/login.htm"
    And I fill in:
      | field    | value             |
      | Email    | buyer@example.com |
      | Password | secret123         |
    And I click "Sign in"
    Then I should be on "www.aliexpress.com/"
    And the buyer's bound cards are "Visa 4242"
    And the buyer's cards saved in the app are "MasterCard 5454"

  Scenario: Cards bound at checkout, from a table
    Given a buyer without a wallet account with these bound cards:
      | card            | saved in |
      | Visa 4242       | wallet   |
      | MasterCard 5454 | wallet   |
    Then the buyer's bound cards are "Visa 4242, MasterCard 5454"

  Scenario: Which one of several alike
    Given a buyer with these bound cards:
      | card            | expiry |
      | Visa 4242       | 12/30  |
      | MasterCard 5454 | 01/24  |
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    Then I should see "Expired" next to "MasterCard •••• 5454"
    And the card "MasterCard •••• 5454" shows as expired
    And I should see exactly "Bound cards"
    When I click "Remove card" next to "MasterCard •••• 5454"
    And I click "Delete"
    Then the buyer's bound cards are "Visa 4242"

  Scenario: What the checkout shows before the buyer acts
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    Then "Bind card to Alipay" is checked
    And "Place order" is disabled
    And "Save & Pay" is enabled
    When I uncheck "Bind card to Alipay"
    Then "Bind card to Alipay" is not checked

  Scenario: Fields pre-filled and empty
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    When I open "https://login.aliexpress.com/login.htm"
    Then the field "Password" is empty
    When I fill "Email" with "buyer@example.com"
    Then the field "Email" contains "@example.com"
    And the field "Email" is filled with "buyer@example.com"

  Scenario: One of two cards removed is unbound, the other stays
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card" next to "MasterCard •••• 5454"
    And I accept the alert
    Then the card is unbound
    And the buyer's bound cards are "Visa 4242"

  Scenario: A new tab, then the address typed in it
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open a new tab
    And I open "https://intl.alipay.com/account/cards.htm"
    And I press Enter
    Then I should see "Visa •••• 4242"
    When I switch to the tab "AliExpress"
    Then I should see "Ivan Petrov"

  Scenario: Enter in the password field signs in
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://login.aliexpress.com/login.htm"
    And I fill "Email" with "buyer@example.com"
    And I fill "Password" with "secret123"
    And I press Enter
    Then I should see "Ivan Petrov"

  Scenario: A word that is only inside a longer one is not seen as a word
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "withdrawn"
    And I should not see the word "Withdraw"
    And I should not see the button "Withdraw"

  @profile:withdrawable-balance
  Scenario: A word as a whole word
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/withdraw.htm"
    Then I should see the word "Withdraw"
    And I should see the button "Withdraw"

  Scenario: An error the page shows, not a hint it always shows
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/register/email.htm"
    And I enter the captcha
    And I click "Send confirmation email"
    And I follow the link in it
    And I fill "Payment password" with "12ab56"
    And I fill "Confirm payment password" with "12ab56"
    And I click "Submit"
    Then I should see the error "The payment password must be exactly 6 digits"

  Scenario: A button of the page's own pop-up
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card"
    And I click "Delete" in the pop-up
    Then I should see "The card has been removed"
    And the buyer has no bound cards

  Scenario: The wallet's page by its title
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    Then the page title is "My Alipay"
    And the page title contains "Alipay"
    And I should be on "My Alipay"

  Scenario: Signing out, the wallet asks to sign in again
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I sign out
    And I open "https://intl.alipay.com/"
    Then I should be on "login.aliexpress.com"

  Scenario: Signed in with a card in one step, the card listed, a reload and a wait
    Given I am signed in as a buyer with a bound Visa card ending in 4242
    When I open "https://intl.alipay.com/account/cards.htm"
    Then the card ending in 4242 is listed
    When I reload the page
    And I wait 2 seconds
    Then the card ending in 5454 is no longer listed
    And the card ending in 4242 is listed

  Scenario: The letter opened in a new tab, the page that sent it left in the first
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/register/email.htm"
    And I enter the captcha
    And I click "Send confirmation email"
    And I open the latest email in a new tab
    Then I should see the button "Confirm email address"
    When I switch to the tab "Alipay"
    Then I should see "We have sent a confirmation email to buyer@example.com"

  Scenario: A buyer with a card, whichever
    Given a buyer with a bound card
    When I sign in to the storefront
    And I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US"
    Then I should see "Visa •••• 4242"

  Scenario: Signed in with a card, whichever
    Given I am signed in as a buyer with a bound card
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US"
    Then I should see "Visa •••• 4242"

  Scenario: A link followed opens a new page
    Given I am signed in as a buyer with a bound card
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then a new page opens
