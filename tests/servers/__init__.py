"""Private instances of the servers rathaus talks to, started and stopped by test fixtures."""
