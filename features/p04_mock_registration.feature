@P4
Feature: P4 Unbind a card after a mock registration
  The last resort when the direct link and the help center fail: start the
  wallet registration, confirm the e-mail address from the letter, and stop
  there. With nothing entered in the registration form, the card list is
  reachable and the card can be removed.

  Sources: 001_e419e31055833929.txt line 82 (Swahili),
  002_1755790eeb5af2fa.txt lines 53-57 and 103-111 (Indonesian).

  @article-001 @article-002
  Scenario: Confirm the e-mail, leave the form empty, remove the card
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Open Alipay Wallet Now"
    And I enter the captcha
    And I click "Send confirmation email"
    Then I should see "We have sent a confirmation email"
    When I open the latest email
    Then I should see "Confirm email address"
    When I click "Confirm email address"
    Then I should see "Set up security"
    When I open "https://intl.alipay.com/"
    And I click "Edit cards"
    And I click "Remove card"
    And I click "Delete"
    Then I should see "The card has been removed"
    And the buyer has no bound cards

  @article-002
  Scenario: A wrong captcha is refused and no letter is sent
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    And I click "Open Alipay Wallet Now"
    And I enter the captcha "WRONG1"
    And I click "Send confirmation email"
    Then I should see "The characters you entered are incorrect"
    And the buyer has received 0 emails

  @article-002
  Scenario: The confirmation link no longer works after 24 hours
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    And I click "Open Alipay Wallet Now"
    And I enter the captcha
    And I click "Send confirmation email"
    Then the buyer has received 1 email
    When 25 hours pass
    And I follow the link in it
    Then I should see "This link has expired"
    When I open "https://intl.alipay.com/"
    Then I should see "Open Alipay Wallet Now"
