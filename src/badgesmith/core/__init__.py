"""Pure-Python domain of Badgesmith. Nothing under core/ may import Qt."""
