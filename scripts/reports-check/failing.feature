@P1
Feature: Reports check: a button the wallet does not have
  Fails on purpose, so that a run of the whole suite holds one failing step
  with its screenshot, DOM and console, and every report has to show it.
  The buyer follows P1 to the card list and looks for a label that is not
  on the page.

  Sources: 003_225e3ac7510057b2.txt lines 21-25 (Russian original).

  @article-003 @reports-check
  Scenario: Remove a card with a button the wallet does not have
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    Then I should see "Visa •••• 4242"
    When I click "Unbind this card forever"
    Then I should see "The card has been removed"
