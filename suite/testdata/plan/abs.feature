Feature: Named by an absolute path
  Scenario: One
    Given x
