"""What tests share: paths, briefing files, windows driven as a reader drives them. No test module imports another."""
