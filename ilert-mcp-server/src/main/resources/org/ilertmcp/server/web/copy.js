// Copy buttons for the landing page. The page works without this script; it only reveals the
// buttons and copies the text of the block each one names.
document.querySelectorAll('button.copy').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch (e) {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  });
});
