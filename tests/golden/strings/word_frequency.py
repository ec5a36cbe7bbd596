# A tutorial-style program: word frequencies in a paragraph.
paragraph = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
counts = {}
for raw in paragraph.split():
    word = raw.strip('.,;:!?').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f'{word:<12}{n:>3} {"#" * n}')
print('distinct words:', len(counts))
longest = max(counts, key=len)
print('longest word:', longest, len(longest))
initials = ''.join(sorted({w[0] for w in counts}))
print('initials:', initials)
sentence = ' '.join(w.capitalize() for w in 'the quick brown fox'.split())
print(sentence)
acronym = ''.join(w[0].upper() for w in 'portable network graphics'.split())
print(acronym)
def is_palindrome(text):
    cleaned = ''.join(ch.lower() for ch in text if ch.isalnum())
    return cleaned == cleaned[::-1]
for t in ['A man, a plan, a canal: Panama', 'Hello', 'Was it a car or a cat I saw?']:
    print(is_palindrome(t), t)
