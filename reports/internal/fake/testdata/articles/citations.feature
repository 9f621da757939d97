Feature: Citations the docs folder cannot answer

  @P10
  Scenario: Lines past the end and an article that is not there
    From 003_ru_sample.txt line 40 and 009_gone.txt line 1.

    Given a buyer with a card "•••• 4242"

  @P2 @article-002
  Scenario: An article named by its tag only
    Given a buyer with a card "•••• 4242"

  Scenario: A scenario from no article
    Given a buyer with a card "•••• 4242"
