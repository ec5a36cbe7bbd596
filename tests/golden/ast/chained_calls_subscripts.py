result = data["users"][0].get("name").strip().lower()[:10]
