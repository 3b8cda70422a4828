"""core/credentials"""
