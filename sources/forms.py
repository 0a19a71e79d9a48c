from django import forms

from sources.models import Source


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["url", "name", "outlet", "country", "interval_minutes"]
        labels = {"url": "Feed address (RSS or Atom)", "interval_minutes": "Poll every (minutes)"}

    def clean_country(self) -> str:
        country = str(self.cleaned_data["country"]).strip().upper()
        if country and not (len(country) == 2 and country.isalpha()):
            raise forms.ValidationError("A two-letter country code, such as RU or FR.")
        return country

    def clean_url(self) -> str:
        url = str(self.cleaned_data["url"]).strip()
        if not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError("Only http:// and https:// feeds can be followed.")
        return url
