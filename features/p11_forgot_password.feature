@P11
Feature: P11 Recover a forgotten wallet password
  On the wallet's sign-in page, "Forgot password" under the login box asks
  for the e-mail address and the captcha; "Get password" sends a letter
  whose link sets a new password, which then signs the buyer in.

  Sources: 004_fbb095e16d146b39.txt lines 45-61 (Indonesian: "lupa kata sandi",
  "Dapatkan Kata Sandi"; line 71: the Alipay or AliExpress e-mail and password;
  lines 30-38: the box the buyer meets from My AliExpress, the wallet-sign-in profile).

  @article-004
  Scenario: A new password from the letter, then sign in with it
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://intl.alipay.com/login.htm"
    And I click "Forgot password"
    And I fill "Email" with "buyer@example.com"
    And I enter the captcha
    And I click "Get password"
    Then I should see "If an Alipay account uses buyer@example.com, we have sent it a link to set a new password."
    And the buyer has received 1 email
    When I open the latest email
    And I click "Set a new password"
    And I fill "New password" with "newpass2026"
    And I fill "Confirm new password" with "newpass2026"
    And I click "Save password"
    Then I should see "Your password has been changed"
    When I click "Sign in"
    And I fill "Email" with "buyer@example.com"
    And I fill "Password" with "secret123"
    And I click "Sign in"
    Then I should see "Incorrect email or password"
    When I fill "Password" with "newpass2026"
    And I click "Sign in"
    Then I should be on "intl.alipay.com/"
    And I should see "My Account"
    When I click "Edit cards"
    Then I should see "Visa •••• 4242"

  @article-004
  Scenario: A wrong captcha is refused and no letter is sent
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://intl.alipay.com/login.htm"
    And I click "Forgot password"
    And I fill "Email" with "buyer@example.com"
    And I enter the captcha "WRONG1"
    And I click "Get password"
    Then I should see "The characters you entered are incorrect"
    And the buyer has received 0 emails

  @article-004
  Scenario: A new password that breaks the rule is refused and the old one still works
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://intl.alipay.com/password/forgot.htm"
    And I fill "Email" with "buyer@example.com"
    And I enter the captcha
    And I click "Get password"
    Then the buyer has received 1 email
    When I follow the link in it
    And I fill "New password" with "short"
    And I fill "Confirm new password" with "short"
    And I click "Save password"
    Then I should see "The password needs 8 characters or more, letters and digits"
    When I open "https://intl.alipay.com/login.htm"
    And I fill "Email" with "buyer@example.com"
    And I fill "Password" with "secret123"
    And I click "Sign in"
    Then I should see "My Account"

  @article-004
  Scenario: The link no longer works after 24 hours
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://intl.alipay.com/password/forgot.htm"
    And I fill "Email" with "buyer@example.com"
    And I enter the captcha
    And I click "Get password"
    Then the buyer has received 1 email
    When 25 hours pass
    And I follow the link in it
    Then I should see "This link has expired"
    When I click "Forgot password"
    Then I should see "Get password"

  @article-004 @profile:wallet-sign-in
  Scenario: From My AliExpress to the wallet's sign-in box, "Forgot password" under it
    # 004 lines 30-38 and 50-58: My AliExpress, the last item "My Alipay",
    # the sign-in box, "lupa kata sandi" under it, e-mail and captcha.
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should be on "intl.alipay.com/login.htm"
    And I should see "Sign in to Alipay"
    When I click "Forgot password"
    And I fill "Email" with "buyer@example.com"
    And I enter the captcha
    And I click "Get password"
    Then the buyer has received 1 email

  @article-004 @profile:wallet-sign-in
  Scenario: The AliExpress e-mail and password open the wallet, and its cards
    # 004 line 71: the e-mail and password of Alipay or of AliExpress.
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I fill "Email" with "buyer@example.com"
    And I fill "Password" with "secret123"
    And I click "Sign in"
    Then I should be on "intl.alipay.com/"
    And I should see "My Account"
    When I click "Edit cards"
    Then I should see "Visa •••• 4242"
