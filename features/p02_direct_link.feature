@P2
Feature: P2 Unbind a card through the direct link
  Signed in to the storefront, the buyer opens the wallet's card list by its
  address in a new tab of the same browser, with no wallet registration, and
  deletes the card; the browser asks for confirmation.

  Sources: 000_abb3b5b6ec466300.txt line 12 (Hindi),
  002_1755790eeb5af2fa.txt line 124 (Indonesian: "Card Information"),
  003_225e3ac7510057b2.txt lines 27 and 96-102 (Russian original, both addresses).

  @article-003 @article-000 @locale:ru_RU
  Scenario: The link with locale=ru_RU, confirmed with OK
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU" in a new tab
    Then I should see "Информация о карте"
    And I should see "Visa •••• 4242"
    When I click "Удалить карту"
    Then the alert says "Удалить эту карту?"
    When I accept the alert
    Then I should see "Карта удалена"
    And the buyer has no bound cards

  @article-003
  Scenario: The /ihome/ address lists every card, old ones included
    Given a buyer without a wallet account with bound cards "Visa 4242, Maestro 6759"
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm" in a new tab
    Then I should see "Visa •••• 4242"
    And I should see "Maestro •••• 6759"
    When I click "Delete card"
    And I accept the alert
    Then I should see "The card has been removed"
    And the buyer's bound cards are "Maestro 6759"

  @article-003
  Scenario: Dismissing the confirmation keeps the card
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US" in a new tab
    And I click "Delete card"
    Then the alert says "This cannot be undone"
    When I dismiss the alert
    Then I should see "Visa •••• 4242"
    And the buyer's bound cards are "Visa 4242"

  @article-003
  Scenario: Without a storefront login the link sends the buyer to sign in first
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US"
    Then I should be on "login.aliexpress.com/login.htm"
    When I fill "Email" with "buyer@example.com"
    And I fill "Password" with "secret123"
    And I click "Sign in"
    Then I should be on "intl.alipay.com/user/queryUserBindCard.htm"
    And I should see "Visa •••• 4242"
    When I click "Delete card"
    And I accept the alert
    Then the buyer has no bound cards

  @article-002
  Scenario: The Card Information block of intl.alipay.com
    Given a buyer with a bound MasterCard card ending in 5454
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/" in a new tab
    And I click "Card Information"
    Then I should be on "intl.alipay.com/user/queryUserBindCard.htm"
    When I click "Delete card"
    And I accept the alert
    Then I should see "You have no bound cards"
    And the buyer has no bound cards

  @article-000 @article-003 @locale:ru_RU
  Scenario: After deleting the card the buyer signs out
    # 000 line 12, 003 line 27: once the card is deleted, sign out of the
    # account. The wallet's sign-out ends the storefront login as well.
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU" in a new tab
    And I click "Удалить карту"
    And I accept the alert
    Then I should see "Карта удалена"
    When I click "Выйти"
    Then I should be on "https://www.aliexpress.com/"
    And I should see "Войти"
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"
    Then I should be on "login.aliexpress.com/login.htm"
