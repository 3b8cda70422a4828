"""Thin Qt models over plain dataclasses from core services, with named columns."""
