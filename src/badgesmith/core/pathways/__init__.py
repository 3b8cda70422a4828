"""Pathways: achievements earned by holding others (stackable credentials)."""
