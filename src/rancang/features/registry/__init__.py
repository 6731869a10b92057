"""The industry register: firms, IKM, sentra and industrial estates in a real database."""
