"""core/paper"""
