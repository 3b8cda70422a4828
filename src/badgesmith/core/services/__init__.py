"""core/services"""
