Feature: Article 004 (Indonesian): registration closed since 2017, signing in, a forgotten password, and Delete Card
  The Indonesian article on what Alipay is: since 1 January 2017 no new
  wallets; an existing user signs in through My AliExpress, recovers a
  forgotten password, and removes a card from My Account's card icon; the
  balance, it says, can be withdrawn to a card.
  Source: 004_fbb095e16d146b39.txt lines 22-43
  Source: 004_fbb095e16d146b39.txt lines 45-61
  Source: 004_fbb095e16d146b39.txt lines 67-85

  @P13 @article-004 @profile:registration-closed
  Scenario: A buyer without a wallet can no longer open one
    Source: 004_fbb095e16d146b39.txt lines 24
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Open Alipay Wallet Now"
    Then I should see "Registration is closed"
    And I should see "1 January 2017"
    And the buyer's wallet status is "none"

  @P13 @P1 @article-004 @profile:registration-closed
  Scenario: An existing user still reaches My Account through the last item of My AliExpress and deletes the card
    Source: 004_fbb095e16d146b39.txt lines 33-38, 71-81
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "My Account"
    And I hover over "Edit cards"
    And I click "Edit cards"
    Then I should see "Visa •••• 4242"
    When I click "Remove card"
    And I click "Delete"
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P1 @article-004
  Scenario: Signing in on the storefront's page with e-mail and password, then My Alipay
    Source: 004_fbb095e16d146b39.txt lines 26-41, 71
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://intl.alipay.com/"
    And I fill in:
      | field    | value             |
      | Email    | buyer@example.com |
      | Password | secret123         |
    And I click "Sign in"
    Then I should see "My Account"
    When I click "Edit cards"
    Then I should see "Visa •••• 4242"

  @P1 @article-004
  Scenario: The personal account has two menus, payment history and My Account
    Source: 004_fbb095e16d146b39.txt lines 74
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "History"
    And I should see "My Account"

  @P12 @article-004 @profile:withdrawable-balance
  Scenario: Under this article's site the refund balance can be withdrawn to the card
    Source: 004_fbb095e16d146b39.txt lines 85
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I click "Wireless Earbuds"
    And I click "Buy Now"
    And I click "Place order"
    And I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    And the dispute over the latest order is decided in the buyer's favour
    Then the buyer's wallet balance is "US $12.99"
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see the word "Withdraw"
    When I click "Withdraw to card"
    And I click "Withdraw"
    Then the buyer's wallet balance is "US $0.00"

  @P1 @article-004 @profile:registration-closed
  Scenario: Of two cards, the one deleted goes and the other stays
    Source: 004_fbb095e16d146b39.txt lines 78-81
    Given a buyer with these bound cards:
      | card            | expiry |
      | Visa 4242       | 12/29  |
      | MasterCard 5454 | 10/30  |
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Remove card"
    And I click "Delete"
    Then I should not see "Visa •••• 4242"
    And I should see "MasterCard •••• 5454"
    And the buyer's bound cards are "MasterCard 5454"

  @P1 @article-004
  Scenario: Hapus Kartu on the right of the second card, confirmed in the pop-up
    Source: 004_fbb095e16d146b39.txt lines 75-81
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Remove card" next to "MasterCard •••• 5454"
    And I click "Delete"
    Then I should see "Visa •••• 4242"
    And the buyer's bound cards are "Visa 4242"

  @P1 @article-004 @profile:editing-card
  Scenario: The article's own words: Payment history and My Account, the Editing card icon, Delete card, Confirm
    Source: 004_fbb095e16d146b39.txt lines 71-81
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "Payment history"
    When I click "My Account"
    And I hover over "Editing card"
    And I click "Editing card"
    And I click "Delete card" next to "Visa •••• 4242"
    And I click "Confirm"
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P1 @article-004 @profile:wallet-sign-in
  Scenario: The wallet asks for its own sign-in, and the AliExpress e-mail and password work there
    Source: 004_fbb095e16d146b39.txt lines 71
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I fill in:
      | field    | value             |
      | Email    | buyer@example.com |
      | Password | secret123         |
    And I click "Sign in"
    Then I should see "My Account"
    When I click "Edit cards"
    Then I should see "Visa •••• 4242"

  @P11 @article-004 @profile:wallet-sign-in
  Scenario: A forgotten password: the link under the sign-in box, e-mail and captcha, Get password, the letter
    Source: 004_fbb095e16d146b39.txt lines 45-61
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Forgot password"
    And I fill "Email" with "buyer@example.com"
    And I enter the captcha
    And I click "Get password"
    Then the buyer has received 1 emails
    When I open the latest email
    And I follow the link in it
    And I fill "New password" with "newsecret456"
    And I fill "Confirm new password" with "newsecret456"
    And I click "Save password"
    Then I should see "Sign in"
