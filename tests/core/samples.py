"""Small sample files shared by tests."""

SVG_LOGO = (b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">'
            b'<rect width="120" height="60" rx="8" fill="#1F3A5F"/><circle cx="30" cy="30" r="18" fill="#E8B33A"/>'
            b'</svg>')
